import type { Script } from './script';

/*
 * The built-in scripts. Content, not interface: each line is short, plain and kind, and
 * works in both perspectives. Touch is only ever offered, always with a way without it.
 */

/**
 * The default script on its own (not in the public entries), so that MomentFlow, which plays
 * only this one, does not carry the other three into every app that uses it.
 */
export const compassionateObserver: Script = {
  id: 'compassionate-observer',
  title: 'The compassionate observer',
  lang: 'en',
  placeholders: {
    pattern: 'the old pattern',
    feeling: 'something hard',
  },
  steps: [
    {
      text: {
        second: 'Something old just showed up, and you noticed it. Noticing is the hard part.',
        first: 'Something old just showed up, and I noticed it. Noticing is the hard part.',
      },
    },
    {
      text: {
        second: 'Let a calm part of you step back a little and watch, like a kind friend nearby.',
        first: 'I let a calm part of me step back a little and watch, like a kind friend nearby.',
      },
    },
    {
      kind: 'prompt',
      name: 'feeling',
      text: {
        second: 'What is the scared part of you feeling right now? One word is enough.',
        first: 'What is the scared part of me feeling right now? One word is enough.',
      },
    },
    {
      text: {
        second: 'From that calm place, tell the scared part: I’m right here with you. You feel {feeling}.',
        first: 'From that calm place, I tell the scared part: I’m right here with you. You feel {feeling}.',
      },
      alternates: [
        {
          second: 'Turn towards the scared part and say: It makes sense that you feel {feeling}.',
          first: 'I turn towards the scared part and say: It makes sense that you feel {feeling}.',
        },
      ],
    },
    {
      text: {
        second: 'You can name it: {pattern}. It is how you learned to keep yourself safe, and it made sense.',
        first: 'I can name it: {pattern}. It is how I learned to keep myself safe, and it made sense.',
      },
    },
    {
      body: true,
      text: {
        second: 'If it feels right, rest a hand on your chest or your arm, as if to say: I’m staying.',
        first: 'If it feels right, I rest a hand on my chest or my arm, as if to say: I’m staying.',
      },
      nonBody: {
        second: 'If you like, look at something steady near you, as if to say: I’m staying.',
        first: 'If I like, I look at something steady near me, as if to say: I’m staying.',
      },
    },
    {
      text: {
        second: 'Nothing needs to change right now. Your body can take the time it needs.',
        first: 'Nothing needs to change right now. My body can take the time it needs.',
      },
    },
    {
      text: {
        second:
          'This kind watcher can stay with you. Each time you notice, you are learning to care for yourself.',
        first: 'This kind watcher can stay with me. Each time I notice, I am learning to care for myself.',
      },
    },
  ],
};

const justNoticed: Script = {
  id: 'just-noticed',
  title: 'Right after noticing',
  lang: 'en',
  steps: [
    {
      // Breath focus can itself be hard for some people: the same pause, with the eyes instead.
      body: true,
      text: {
        second: 'You just noticed. Stay here for one slow breath.',
        first: 'I just noticed. I stay here for one slow breath.',
      },
      nonBody: {
        second: 'You just noticed. Stay here for a moment, and let your eyes rest on something near you.',
        first: 'I just noticed. I stay here for a moment, and let my eyes rest on something near me.',
      },
      pause: 8,
    },
    { text: 'This is an old way of staying safe. It makes sense that it showed up.' },
    {
      text: {
        second: 'Seeing it is where change begins. You can be gentle with what you see.',
        first: 'Seeing it is where change begins. I can be gentle with what I see.',
      },
    },
    {
      text: {
        second: 'You can choose what comes next, slowly, in your own time.',
        first: 'I can choose what comes next, slowly, in my own time.',
      },
    },
  ],
};

const rain: Script = {
  id: 'rain',
  title: 'RAIN: recognise, allow, investigate, nurture',
  lang: 'en',
  placeholders: { feeling: 'this feeling' },
  steps: [
    {
      text: {
        second: 'Recognise. Something is happening inside you. You don’t need the exact word for it.',
        first: 'Recognise. Something is happening inside me. I don’t need the exact word for it.',
      },
    },
    {
      kind: 'prompt',
      name: 'feeling',
      text: {
        second: 'If a word comes, what would you call it? Tired, tight, scared… or nothing at all.',
        first: 'If a word comes, what would I call it? Tired, tight, scared… or nothing at all.',
      },
    },
    {
      text: {
        second: 'Allow. Let {feeling} be here for a moment. You don’t have to fix it or push it away.',
        first: 'Allow. I let {feeling} be here for a moment. I don’t have to fix it or push it away.',
      },
    },
    {
      kind: 'breath',
      cycles: 3,
      text: {
        second: 'Take a few breaths, at whatever pace feels okay.',
        first: 'I take a few breaths, at whatever pace feels okay.',
      },
      nonBody: {
        second: 'Take a moment. Name three things you can see from where you are.',
        first: 'I take a moment. I name three things I can see from where I am.',
      },
    },
    {
      body: true,
      text: {
        second: 'Investigate, gently. Where does {feeling} sit in your body? What might it need?',
        first: 'Investigate, gently. Where does {feeling} sit in my body? What might it need?',
      },
      nonBody: {
        second: 'Investigate, gently. What is {feeling} worried about? What might it need?',
        first: 'Investigate, gently. What is {feeling} worried about? What might it need?',
      },
    },
    {
      text: {
        second: 'Nurture. Offer it a few kind words, the way you would to someone you love.',
        first: 'Nurture. I offer it a few kind words, the way I would to someone I love.',
      },
      alternates: [
        {
          second: 'Nurture. Tell it: I’m here, and you are not alone with this.',
          first: 'Nurture. I tell it: I’m here, and you are not alone with this.',
        },
      ],
    },
    {
      text: {
        second: 'Rest for a moment. You met something hard with care.',
        first: 'I rest for a moment. I met something hard with care.',
      },
    },
  ],
};

const selfCompassionBreak: Script = {
  id: 'self-compassion-break',
  title: 'A short self-compassion break',
  lang: 'en',
  steps: [
    { text: 'This is a hard moment. It hurts, and it is okay to say so.' },
    {
      text: {
        second: 'Hard moments are part of being human. Many people feel this too. You are not alone.',
        first: 'Hard moments are part of being human. Many people feel this too. I am not alone.',
      },
    },
    {
      body: true,
      text: {
        second: 'If it feels right, place a hand somewhere that feels comforting.',
        first: 'If it feels right, I place a hand somewhere that feels comforting.',
      },
      nonBody: {
        second: 'If you like, picture someone kind sitting beside you.',
        first: 'If I like, I picture someone kind sitting beside me.',
      },
    },
    {
      text: {
        second: 'May you be kind to yourself right now. May you give yourself what you need.',
        first: 'May I be kind to myself right now. May I give myself what I need.',
      },
    },
  ],
};

/** The built-in scripts, in English. Pass one as `script`, or copy one as a starting point. */
export const observerScripts = { compassionateObserver, justNoticed, rain, selfCompassionBreak };

/** The default script in Spanish on its own, for the `es` table (see `compassionateObserver`). */
export const compassionateObserverEs = {
  id: 'compassionate-observer',
  title: 'La mirada compasiva',
  lang: 'es',
  placeholders: { pattern: 'el viejo patrón', feeling: 'algo difícil' },
  steps: [
    {
      text: {
        second: 'Algo antiguo acaba de aparecer, y lo notaste. Notarlo es lo difícil.',
        first: 'Algo antiguo acaba de aparecer, y lo noté. Notarlo es lo difícil.',
      },
    },
    {
      text: {
        second: 'Deja que una parte tranquila de ti dé un paso atrás y mire, como alguien amable a tu lado.',
        first: 'Dejo que una parte tranquila de mí dé un paso atrás y mire, como alguien amable a mi lado.',
      },
    },
    {
      kind: 'prompt',
      name: 'feeling',
      text: {
        second: '¿Qué siente ahora la parte asustada de ti? Basta con una palabra.',
        first: '¿Qué siente ahora la parte asustada de mí? Basta con una palabra.',
      },
    },
    {
      text: {
        second: 'Desde ese lugar tranquilo, dile a la parte asustada: estoy aquí contigo. Sientes {feeling}.',
        first:
          'Desde ese lugar tranquilo, le digo a la parte asustada: estoy aquí contigo. Sientes {feeling}.',
      },
    },
    {
      text: {
        second: 'Puedes nombrarlo: {pattern}. Es la forma en que aprendiste a protegerte, y tenía sentido.',
        first: 'Puedo nombrarlo: {pattern}. Es la forma en que aprendí a protegerme, y tenía sentido.',
      },
    },
    {
      body: true,
      text: {
        second: 'Si te parece bien, apoya una mano en el pecho o en el brazo, como diciendo: me quedo.',
        first: 'Si me parece bien, apoyo una mano en el pecho o en el brazo, como diciendo: me quedo.',
      },
      nonBody: {
        second: 'Si quieres, mira algo estable cerca de ti, como diciendo: me quedo.',
        first: 'Si quiero, miro algo estable cerca de mí, como diciendo: me quedo.',
      },
    },
    {
      text: {
        second: 'Nada tiene que cambiar ahora. Tu cuerpo puede tomarse el tiempo que necesita.',
        first: 'Nada tiene que cambiar ahora. Mi cuerpo puede tomarse el tiempo que necesita.',
      },
    },
    {
      text: {
        second: 'Esta mirada amable puede quedarse contigo. Cada vez que lo notas, aprendes a cuidarte.',
        first: 'Esta mirada amable puede quedarse conmigo. Cada vez que lo noto, aprendo a cuidarme.',
      },
    },
  ],
} satisfies Script;

/** Built-in scripts in Spanish. */
export const observerScriptsEs = {
  compassionateObserver: compassionateObserverEs,
  rain: {
    id: 'rain',
    title: 'RAIN: reconocer, aceptar, indagar, nutrir',
    lang: 'es',
    placeholders: { feeling: 'esto que sientes' },
    steps: [
      {
        text: {
          second: 'Reconocer. Algo está pasando dentro de ti. No hace falta la palabra exacta.',
          first: 'Reconocer. Algo está pasando dentro de mí. No hace falta la palabra exacta.',
        },
      },
      {
        kind: 'prompt',
        name: 'feeling',
        text: {
          second: 'Si aparece una palabra, ¿cuál sería? Cansancio, tensión, miedo… o ninguna.',
          first: 'Si aparece una palabra, ¿cuál sería? Cansancio, tensión, miedo… o ninguna.',
        },
      },
      {
        text: {
          second: 'Aceptar. Deja que {feeling} esté aquí un momento. No tienes que arreglarlo ni apartarlo.',
          first: 'Aceptar. Dejo que {feeling} esté aquí un momento. No tengo que arreglarlo ni apartarlo.',
        },
      },
      {
        kind: 'breath',
        cycles: 3,
        text: {
          second: 'Respira unas cuantas veces, al ritmo que te resulte cómodo.',
          first: 'Respiro unas cuantas veces, al ritmo que me resulte cómodo.',
        },
        nonBody: {
          second: 'Tómate un momento. Nombra tres cosas que puedas ver desde donde estás.',
          first: 'Me tomo un momento. Nombro tres cosas que puedo ver desde donde estoy.',
        },
      },
      {
        body: true,
        text: {
          second: 'Indagar, con suavidad. ¿En qué parte del cuerpo está {feeling}? ¿Qué podría necesitar?',
          first: 'Indagar, con suavidad. ¿En qué parte del cuerpo está {feeling}? ¿Qué podría necesitar?',
        },
        nonBody: {
          second: 'Indagar, con suavidad. ¿Qué le preocupa a {feeling}? ¿Qué podría necesitar?',
          first: 'Indagar, con suavidad. ¿Qué le preocupa a {feeling}? ¿Qué podría necesitar?',
        },
      },
      {
        text: {
          second: 'Nutrir. Dedícale unas palabras amables, como se las dirías a alguien que quieres.',
          first: 'Nutrir. Le dedico unas palabras amables, como se las diría a alguien que quiero.',
        },
        alternates: [
          {
            second: 'Nutrir. Dile: estoy aquí, y no estás a solas con esto.',
            first: 'Nutrir. Le digo: estoy aquí, y no estás a solas con esto.',
          },
        ],
      },
      {
        text: {
          second: 'Descansa un momento. Recibiste algo difícil con cuidado.',
          first: 'Descanso un momento. Recibí algo difícil con cuidado.',
        },
      },
    ],
  } satisfies Script,
  selfCompassionBreak: {
    id: 'self-compassion-break',
    title: 'Una pausa breve de autocompasión',
    lang: 'es',
    steps: [
      { text: 'Este es un momento difícil. Duele, y está bien decirlo.' },
      {
        text: {
          second:
            'Los momentos difíciles son parte de ser humano. Mucha gente siente esto también. No estás solo ni sola.',
          first:
            'Los momentos difíciles son parte de ser humano. Mucha gente siente esto también. No estoy solo ni sola.',
        },
      },
      {
        body: true,
        text: {
          second: 'Si te parece bien, apoya una mano donde te resulte reconfortante.',
          first: 'Si me parece bien, apoyo una mano donde me resulte reconfortante.',
        },
        nonBody: {
          second: 'Si quieres, imagina a alguien amable sentado a tu lado.',
          first: 'Si quiero, imagino a alguien amable sentado a mi lado.',
        },
      },
      {
        text: {
          second: 'Que puedas tratarte con amabilidad ahora. Que puedas darte lo que necesitas.',
          first: 'Que pueda tratarme con amabilidad ahora. Que pueda darme lo que necesito.',
        },
      },
    ],
  } satisfies Script,
};
