import type { DocumentProblem } from './document';
import type { PatternLogSyncErrorCode } from './storage';

export type Count = { count: number };

/** A reason as a clause of our sentence: the adapter may or may not end it with a full stop. */
const clause = (reason: string) => reason.trim().replace(/[.!?。]+$/u, '');

/** Every user-visible string of PatternLog. Functions take the numbers and names they show. */
export interface PatternLogMessages {
  title: string;
  /** After "This isn’t helping" (with no `onExit`): the button back to the log. */
  backFromExit: string;
  /** A short line for each storage status. */
  /** `unavailable` shows the `unsaved` line; `unreadable` and `locked` show a notice instead. */
  status: Record<'loading' | 'ready' | 'saving' | 'unsaved', string>;
  /** A long log shows its newest entries first; this line stays while the older ones load. */
  olderLoading: string;
  retry: string;
  unsavedMark: string;
  unreadableTitle: string;
  unreadableBody: string;
  downloadStored: string;
  replaceStored: string;
  replaceStoredTitle: string;
  replaceStoredBody: string;
  replaceStoredConfirm: string;
  lockedTitle: string;
  /** The passphrase does not open the log. */
  lockedBody: string;
  /** The log was locked on purpose (`lock()`). */
  lockedByRequest: string;
  /** What is stored is not an encrypted log at all. */
  lockedNotEncrypted: string;
  /** Stored entries that could not be read; they are kept as found. */
  quarantined: (values: Count) => string;
  downloadQuarantined: string;
  /** Announced when an entry could not be logged as it is (a host's bad value). */
  entryRefused: string;
  /** How syncing with the host's server stands; shown only for storage that syncs. */
  sync: Record<'synced' | 'syncing' | 'offline' | 'needs-passphrase', string>;
  /**
   * Syncing stopped. `reason` is the why, in words a person can act on: one of `syncReasons`
   * when the adapter gives a `code`, else the adapter's own words ('' when it gave none).
   */
  syncError: (values: { reason: string }) => string;
  /** Why syncing paused, by the adapter's `code`, each a clause that `syncError` takes in. */
  syncReasons: Record<Exclude<PatternLogSyncErrorCode, 'server'>, string> & {
    /** The server answered with an error; `detail` is what it said ('' when nothing). */
    server: (values: { detail: string }) => string;
  };
  /** Offered with an error when the adapter can try again. */
  syncRetry: string;

  addHeading: string;
  patternLabel: string;
  otherPattern: string;
  customPatternLabel: string;
  customPatternMissing: string;
  whenLegend: string;
  whenSkip: string;
  intensityLabel: string;
  bodyLegend: string;
  pathLabel: string;
  /** For a field left empty (when, path). */
  notNoted: string;
  /** Labels of ChoicePoint path ids; other ids are shown as written. */
  paths: Record<string, string>;
  noteLabel: string;
  add: string;
  added: string;

  listHeading: string;
  empty: string;
  filterLabel: string;
  allPatterns: string;
  showMore: string;
  edit: string;
  delete: string;
  save: string;
  cancel: string;
  updated: string;
  deleted: string;
  undo: string;
  undone: string;
  intensityValue: (values: { value: number }) => string;
  bodyValue: (values: { list: string }) => string;
  /** An entry that kept other versions of itself after two devices changed it at once. */
  historySummary: (values: Count) => string;
  historyBody: string;
  historyVersion: (values: { time: string }) => string;
  historyUse: string;
  historyLetGo: string;
  historyUsed: string;
  historyLetGone: string;

  insightsHeading: string;
  timesNoticed: (values: Count) => string;
  welcomeBack: string;
  insightsEmpty: string;
  whenChartTitle: string;
  pathsChartTitle: string;
  showTable: string;
  periodColumn: string;
  week: (values: { date: string }) => string;
  whenSummary: (values: { share: string; period: string }) => string;
  whenSummaryNone: string;
  /** How many moments have a way noted; never which way “won” (no scorecard). */
  pathsSummary: (values: { count: number }) => string;
  pathsSummaryNone: string;
  topPatternsHeading: string;
  topBodyHeading: string;

  dataHeading: string;
  privacy: string;
  exportJSON: string;
  exportCSV: string;
  /** Beside the download buttons while the older entries load (a download would miss them). */
  exportWaiting: string;
  importLabel: string;
  imported: (values: Count) => string;
  importNothingNew: string;
  importUnchanged: (values: Count) => string;
  importConflicts: (values: Count) => string;
  importReplace: string;
  importKeepBoth: string;
  importNotSaved: string;
  importRefused: string;
  /** The import could not start (its code did not load: offline, or a new release); nothing changed. */
  importFailed: string;
  /** What the browser said to keeping the log when space runs low (PatternLog's `persist`). */
  persistence: Record<'persistent' | 'best-effort' | 'unsupported', string>;
  problems: Record<DocumentProblem['code'], string>;
  problemAt: (values: { path: string; problem: string }) => string;
  deleteAll: string;
  deleteAllTitle: string;
  deleteAllBody: string;
  deleteAllConfirm: string;
  deleteAllCancel: string;
  deletedAll: string;
  fileName: string;
}

// Whether the browser said no to `persist` or cannot be asked, the person hears the same: written once.
const mayBeCleared =
  'Your browser may clear this log if the device runs low on space. A downloaded copy keeps it safe.';
const mayBeClearedEs =
  'Tu navegador podría borrar este registro si el dispositivo se queda sin espacio. Una copia descargada lo mantiene a salvo.';

export const patternLogMessages: PatternLogMessages = {
  title: 'Pattern log',
  backFromExit: 'Go back to your log',
  status: {
    loading: 'Opening your log…',
    ready: 'Up to date.',
    saving: 'Saving…',
    unsaved: 'Not saved yet. Your entries stay here; saving will be tried again.',
  },
  olderLoading: 'Your newest entries are here. Older ones are still on their way.',
  retry: 'Try again now',
  unsavedMark: 'Not saved yet',
  unreadableTitle: 'Your saved log couldn’t be read',
  unreadableBody:
    'Nothing in it has been changed. You can download it as it is. New entries stay on this screen until you decide.',
  downloadStored: 'Download the saved data',
  replaceStored: 'Start a new log in its place…',
  replaceStoredTitle: 'Replace the saved data?',
  replaceStoredBody: 'The entries on this screen will take its place. Download it first if you may want it.',
  replaceStoredConfirm: 'Replace it',
  lockedTitle: 'This log is locked',
  lockedBody:
    'The passphrase doesn’t open it. Nothing stored was changed. New entries stay on this screen only.',
  lockedByRequest: 'Your entries are hidden until the log is opened again with its passphrase.',
  lockedNotEncrypted:
    'What’s stored here isn’t an encrypted log, so it wasn’t opened or changed. New entries stay on this screen only.',
  quarantined: ({ count }) =>
    count === 1
      ? '1 saved entry couldn’t be read. It’s kept exactly as it was, and the rest of your log is fine.'
      : `${count} saved entries couldn’t be read. They’re kept exactly as they were, and the rest of your log is fine.`,
  downloadQuarantined: 'Download what couldn’t be read',
  entryRefused: 'This couldn’t be logged as it is, so nothing was changed.',
  sync: {
    synced: 'Saved on this device and synced.',
    syncing: 'Syncing…',
    offline: 'Offline. Everything is saved on this device and will sync when you’re back online.',
    'needs-passphrase': 'Enter your passphrase to open this log on this device.',
  },
  syncError: ({ reason }) =>
    reason.trim()
      ? `Syncing has paused: ${clause(reason)}. Your entries are still saved on this device.`
      : 'Syncing has paused. Your entries are still saved on this device.',
  syncReasons: {
    'not-accepted': 'the sync server didn’t accept this device, and signing in again may help',
    'no-database': 'the sync server has no place for this log yet',
    'too-large': 'one entry is too large for the sync server',
    'not-encrypted': 'the synced log isn’t encrypted, and this app opens only encrypted logs',
    server: ({ detail }) =>
      detail.trim() ? `the sync server said “${clause(detail)}”` : 'the sync server didn’t say why',
  },
  syncRetry: 'Try syncing again',

  addHeading: 'Log a moment',
  patternLabel: 'What did you notice?',
  otherPattern: 'Something else',
  customPatternLabel: 'In your own words',
  customPatternMissing: 'Add a few words about what you noticed.',
  whenLegend: 'When did you notice it?',
  whenSkip: 'Rather not say',
  intensityLabel: 'How strong was it? (0–10, optional)',
  bodyLegend: 'Where did you feel it? (optional)',
  pathLabel: 'How did you meet the moment?',
  notNoted: 'Not noted',
  paths: { compassion: 'As progress', shame: 'As a setback' },
  noteLabel: 'Note (optional)',
  add: 'Log it',
  added: 'Logged. You noticed, and that counts.',

  listHeading: 'Your entries',
  empty: 'Nothing here yet. When you notice something, you can log it above.',
  filterLabel: 'Show',
  allPatterns: 'All patterns',
  showMore: 'Show older entries',
  edit: 'Edit',
  delete: 'Delete',
  save: 'Save changes',
  cancel: 'Cancel',
  updated: 'Entry updated.',
  deleted: 'Entry deleted. Undo is available.',
  undo: 'Undo',
  undone: 'Undone.',
  intensityValue: ({ value }) => `Strength ${value} of 10`,
  bodyValue: ({ list }) => `Felt in: ${list}`,
  historySummary: ({ count }) =>
    count === 1 ? 'Another version of this entry is kept' : `${count} other versions of this entry are kept`,
  historyBody:
    'Another device changed this at the same time. Its version is kept here: you can use it instead, or let it go.',
  historyVersion: ({ time }) => `Version from ${time}`,
  historyUse: 'Use this version',
  historyLetGo: 'Let this version go',
  historyUsed: 'Now using that version. The one you had is kept here instead.',
  historyLetGone: 'That version was let go. Undo is available.',

  insightsHeading: 'Looking back',
  timesNoticed: ({ count }) => (count === 1 ? 'You’ve noticed once.' : `You’ve noticed ${count} times.`),
  welcomeBack: 'Welcome back. Noticing again is what matters.',
  insightsEmpty: 'Your first entry starts this picture.',
  whenChartTitle: 'When you noticed',
  pathsChartTitle: 'How you met each moment',
  showTable: 'Show as a table',
  periodColumn: 'Period',
  week: ({ date }) => `Week of ${date}`,
  whenSummary: ({ share, period }) => `${period}: ${share} noticed before or while it was happening.`,
  whenSummaryNone: 'Note when you noticed to see how it shifts.',
  pathsSummary: ({ count }) =>
    count === 1 ? 'You paused to choose a way once.' : `You paused to choose a way ${count} times.`,
  pathsSummaryNone: 'Note how you met a moment to see it here.',
  topPatternsHeading: 'Noticed most',
  topBodyHeading: 'Felt most in',

  dataHeading: 'Your data',
  privacy: 'Nothing is sent anywhere. Downloads are files your browser saves.',
  exportJSON: 'Download all as JSON',
  exportCSV: 'Download shown entries as CSV',
  exportWaiting: 'Downloads open up once every entry has arrived, so nothing is left out.',
  importLabel: 'Import a JSON file',
  imported: ({ count }) => (count === 1 ? 'Imported 1 entry.' : `Imported ${count} entries.`),
  importNothingNew: 'Nothing new: every entry in this file is already here.',
  importUnchanged: ({ count }) => (count === 1 ? '1 was already here.' : `${count} were already here.`),
  importConflicts: ({ count }) =>
    count === 1
      ? '1 entry in the file differs from yours here. Yours is kept.'
      : `${count} entries in the file differ from yours here. Yours are kept.`,
  importReplace: 'Use the file’s versions instead',
  importKeepBoth: 'Keep both versions',
  importNotSaved:
    'The file’s entries are on this screen but couldn’t be saved, maybe because storage is full. They’re marked “Not saved yet” and saving will be tried again. Downloading a copy keeps them safe.',
  persistence: {
    persistent: 'Your browser has agreed to keep this log even if the device runs low on space.',
    'best-effort': mayBeCleared,
    unsupported: mayBeCleared,
  },
  importRefused: 'This file wasn’t imported, and nothing changed. What didn’t fit:',
  importFailed: 'This file couldn’t be imported just now, and nothing changed. You can try again.',
  problems: {
    'not-json': 'not JSON',
    'unreadable-file':
      'the browser couldn’t read this file. It may have been moved or changed since it was chosen',
    'not-a-log': 'not a pattern log',
    'newer-version': 'made by a newer version',
    missing: 'missing',
    'not-text': 'expected text',
    'not-a-date': 'expected a date and time',
    'not-when': 'expected before, during or after',
    'not-intensity': 'expected a whole number from 0 to 10',
    'not-a-list': 'expected a list',
    'duplicate-id': 'appears twice',
    'not-storable': 'a value that can’t be saved as it is',
    'too-large': 'larger than a log can import at once',
    'not-rounds': 'expected a whole number of rounds from 600,000 to 2,000,000',
    'not-base64': 'expected base64 text',
    'wrong-length': 'isn’t the expected length',
    'not-supported': 'isn’t something this version can read',
    damaged: 'the encrypted data is damaged or was changed',
  },
  problemAt: ({ path, problem }) => (path ? `${path}: ${problem}` : problem),
  deleteAll: 'Delete everything…',
  deleteAllTitle: 'Delete your whole log?',
  deleteAllBody: 'Every entry will be removed from this device. You may want to download a copy first.',
  deleteAllConfirm: 'Delete everything',
  deleteAllCancel: 'Keep my log',
  deletedAll: 'Your log is empty now.',
  fileName: 'pattern-log',
};

export const patternLogMessagesEs: PatternLogMessages = {
  title: 'Registro de patrones',
  backFromExit: 'Volver a tu registro',
  status: {
    loading: 'Abriendo tu registro…',
    ready: 'Al día.',
    saving: 'Guardando…',
    unsaved: 'Aún sin guardar. Tus entradas siguen aquí; se volverá a intentar.',
  },
  olderLoading: 'Tus entradas más recientes ya están aquí. Las anteriores siguen llegando.',
  retry: 'Intentar ahora',
  unsavedMark: 'Sin guardar',
  unreadableTitle: 'No se pudo leer tu registro guardado',
  unreadableBody:
    'No se ha cambiado nada. Puedes descargarlo tal cual. Lo nuevo se queda en esta pantalla hasta que decidas.',
  downloadStored: 'Descargar los datos guardados',
  replaceStored: 'Empezar un registro nuevo en su lugar…',
  replaceStoredTitle: '¿Reemplazar los datos guardados?',
  replaceStoredBody:
    'Las entradas de esta pantalla ocuparán su lugar. Descárgalos antes si quizá los quieres.',
  replaceStoredConfirm: 'Reemplazar',
  lockedTitle: 'Este registro está bloqueado',
  lockedBody:
    'La frase de acceso no lo abre. No se cambió nada guardado. Lo nuevo solo queda en esta pantalla.',
  lockedByRequest:
    'Tus entradas quedan ocultas hasta que se vuelva a abrir el registro con su frase de acceso.',
  lockedNotEncrypted:
    'Lo que hay guardado aquí no es un registro cifrado, así que no se abrió ni se cambió. Lo nuevo solo queda en esta pantalla.',
  quarantined: ({ count }) =>
    count === 1
      ? 'No se pudo leer 1 entrada guardada. Se conserva tal como estaba, y el resto de tu registro está bien.'
      : `No se pudieron leer ${count} entradas guardadas. Se conservan tal como estaban, y el resto de tu registro está bien.`,
  downloadQuarantined: 'Descargar lo que no se pudo leer',
  entryRefused: 'Esto no se pudo anotar tal cual, así que no cambió nada.',
  sync: {
    synced: 'Guardado en este dispositivo y sincronizado.',
    syncing: 'Sincronizando…',
    offline:
      'Sin conexión. Todo está guardado en este dispositivo y se sincronizará cuando vuelvas a estar en línea.',
    'needs-passphrase': 'Escribe tu frase de acceso para abrir este registro en este dispositivo.',
  },
  syncError: ({ reason }) =>
    reason.trim()
      ? `La sincronización está en pausa: ${clause(reason)}. Tus entradas siguen guardadas en este dispositivo.`
      : 'La sincronización está en pausa. Tus entradas siguen guardadas en este dispositivo.',
  syncReasons: {
    'not-accepted':
      'el servidor de sincronización no aceptó este dispositivo; volver a iniciar sesión puede ayudar',
    'no-database': 'el servidor de sincronización todavía no tiene un lugar para este registro',
    'too-large': 'una entrada es demasiado grande para el servidor de sincronización',
    'not-encrypted':
      'el registro sincronizado no está cifrado, y esta aplicación solo abre registros cifrados',
    server: ({ detail }) =>
      detail.trim()
        ? `el servidor de sincronización respondió «${clause(detail)}»`
        : 'el servidor de sincronización no dijo por qué',
  },
  syncRetry: 'Volver a sincronizar',

  addHeading: 'Anotar un momento',
  patternLabel: '¿Qué notaste?',
  otherPattern: 'Otra cosa',
  customPatternLabel: 'Con tus palabras',
  customPatternMissing: 'Escribe unas palabras sobre lo que notaste.',
  whenLegend: '¿Cuándo lo notaste?',
  whenSkip: 'Prefiero no decirlo',
  intensityLabel: '¿Con qué fuerza? (0–10, opcional)',
  bodyLegend: '¿Dónde lo sentiste? (opcional)',
  pathLabel: '¿Cómo recibiste el momento?',
  notNoted: 'Sin anotar',
  paths: { compassion: 'Como un avance', shame: 'Como un retroceso' },
  noteLabel: 'Nota (opcional)',
  add: 'Anotar',
  added: 'Anotado. Lo notaste, y eso cuenta.',

  listHeading: 'Tus entradas',
  empty: 'Aún no hay nada. Cuando notes un patrón, anótalo arriba.',
  filterLabel: 'Mostrar',
  allPatterns: 'Todos los patrones',
  showMore: 'Mostrar entradas anteriores',
  edit: 'Editar',
  delete: 'Borrar',
  save: 'Guardar cambios',
  cancel: 'Cancelar',
  updated: 'Entrada actualizada.',
  deleted: 'Entrada borrada. Puedes deshacerlo.',
  undo: 'Deshacer',
  undone: 'Deshecho.',
  intensityValue: ({ value }) => `Fuerza ${value} de 10`,
  bodyValue: ({ list }) => `Sentido en: ${list}`,
  historySummary: ({ count }) =>
    count === 1
      ? 'Se conserva otra versión de esta entrada'
      : `Se conservan otras ${count} versiones de esta entrada`,
  historyBody:
    'Otro dispositivo cambió esto al mismo tiempo. Su versión se conserva aquí: puedes usarla en su lugar o descartarla.',
  historyVersion: ({ time }) => `Versión del ${time}`,
  historyUse: 'Usar esta versión',
  historyLetGo: 'Descartar esta versión',
  historyUsed: 'Ahora se usa esa versión. La que tenías se conserva aquí.',
  historyLetGone: 'Se descartó esa versión. Puedes deshacerlo.',

  insightsHeading: 'Mirando atrás',
  timesNoticed: ({ count }) => (count === 1 ? 'Lo has notado una vez.' : `Lo has notado ${count} veces.`),
  welcomeBack: 'Qué bueno verte. Volver a notar es lo que importa.',
  insightsEmpty: 'Tu primera entrada empieza este panorama.',
  whenChartTitle: 'Cuándo lo notaste',
  pathsChartTitle: 'Cómo recibiste cada momento',
  showTable: 'Ver como tabla',
  periodColumn: 'Periodo',
  week: ({ date }) => `Semana del ${date}`,
  whenSummary: ({ share, period }) =>
    `${period}: el ${share} de las veces lo notaste antes o mientras pasaba.`,
  whenSummaryNone: 'Anota cuándo lo notaste para ver cómo cambia.',
  pathsSummary: ({ count }) =>
    count === 1
      ? 'Una vez te detuviste a elegir un camino.'
      : `${count} veces te detuviste a elegir un camino.`,
  pathsSummaryNone: 'Anota cómo recibiste un momento para verlo aquí.',
  topPatternsHeading: 'Lo que más notaste',
  topBodyHeading: 'Dónde más lo sentiste',

  dataHeading: 'Tus datos',
  privacy: 'No se envía nada a ningún sitio. Las descargas son archivos que guarda tu navegador.',
  exportJSON: 'Descargar todo en JSON',
  exportCSV: 'Descargar en CSV las entradas mostradas',
  exportWaiting: 'Las descargas estarán listas cuando lleguen todas las entradas, para que no falte ninguna.',
  importLabel: 'Importar un archivo JSON',
  imported: ({ count }) => (count === 1 ? 'Se importó 1 entrada.' : `Se importaron ${count} entradas.`),
  importNothingNew: 'Nada nuevo: cada entrada de este archivo ya está aquí.',
  importUnchanged: ({ count }) => (count === 1 ? '1 ya estaba aquí.' : `${count} ya estaban aquí.`),
  importConflicts: ({ count }) =>
    count === 1
      ? '1 entrada del archivo es distinta de la tuya aquí. Se conserva la tuya.'
      : `${count} entradas del archivo son distintas de las tuyas aquí. Se conservan las tuyas.`,
  importReplace: 'Usar las versiones del archivo',
  importKeepBoth: 'Conservar ambas versiones',
  importNotSaved:
    'Las entradas del archivo están en esta pantalla, pero no se pudieron guardar, quizá porque el almacenamiento está lleno. Están marcadas como “Sin guardar” y se volverá a intentar. Descargar una copia las mantiene a salvo.',
  persistence: {
    persistent: 'Tu navegador aceptó conservar este registro aunque el dispositivo se quede sin espacio.',
    'best-effort': mayBeClearedEs,
    unsupported: mayBeClearedEs,
  },
  importRefused: 'Este archivo no se importó y no cambió nada. Lo que no encaja:',
  importFailed: 'No se pudo importar este archivo ahora, y no cambió nada. Puedes volver a intentarlo.',
  problems: {
    'unreadable-file': 'el navegador no pudo leer este archivo. Quizá se movió o cambió después de elegirlo',
    'not-json': 'no es JSON',
    'not-a-log': 'no es un registro de patrones',
    'newer-version': 'lo hizo una versión más nueva',
    missing: 'falta',
    'not-text': 'se esperaba texto',
    'not-a-date': 'se esperaba una fecha y hora',
    'not-when': 'se esperaba “before” (antes), “during” (durante) o “after” (después)',
    'not-intensity': 'se esperaba un número entero de 0 a 10',
    'not-a-list': 'se esperaba una lista',
    'duplicate-id': 'aparece dos veces',
    'not-storable': 'un valor que no se puede guardar tal cual',
    'too-large': 'demasiado grande para importarlo de una vez',
    'not-rounds': 'se esperaba un número entero de rondas de 600\u00a0000 a 2\u00a0000\u00a0000',
    'not-base64': 'se esperaba texto en base64',
    'wrong-length': 'no tiene la longitud esperada',
    'not-supported': 'esta versión no sabe leerlo',
    damaged: 'los datos cifrados están dañados o se cambiaron',
  },
  problemAt: ({ path, problem }) => (path ? `${path}: ${problem}` : problem),
  deleteAll: 'Borrar todo…',
  deleteAllTitle: '¿Borrar todo tu registro?',
  deleteAllBody:
    'Se quitarán todas las entradas de este dispositivo. Quizá quieras descargar una copia antes.',
  deleteAllConfirm: 'Borrar todo',
  deleteAllCancel: 'Conservar mi registro',
  deletedAll: 'Tu registro está vacío ahora.',
  fileName: 'registro-de-patrones',
};
