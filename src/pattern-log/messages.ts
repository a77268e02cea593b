import type { DocumentProblem } from './document';
import type { PatternLogStatus } from './logStore';

type Count = { count: number };

/** Every user-visible string of PatternLog. Functions take the numbers and names they show. */
export interface PatternLogMessages {
  title: string;
  /** A short line for each storage status. */
  status: Record<PatternLogStatus, string>;
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
  lockedBody: string;

  addHeading: string;
  patternLabel: string;
  otherPattern: string;
  customPatternLabel: string;
  customPatternMissing: string;
  whenLegend: string;
  whenSkip: string;
  intensityLabel: string;
  intensityHint: string;
  bodyLegend: string;
  pathLabel: string;
  pathNone: string;
  /** Labels of ChoicePoint path ids; other ids are shown as written. */
  paths: Record<string, string>;
  noteLabel: string;
  add: string;
  added: string;

  listHeading: string;
  empty: string;
  emptyFiltered: string;
  filterLabel: string;
  allPatterns: string;
  showing: (values: { shown: number; total: number }) => string;
  showMore: string;
  editLabel: (values: { pattern: string; time: string }) => string;
  deleteLabel: (values: { pattern: string; time: string }) => string;
  edit: string;
  delete: string;
  editHeading: string;
  save: string;
  cancel: string;
  updated: string;
  deleted: string;
  undo: string;
  undone: string;
  intensityValue: (values: { value: number }) => string;
  bodyValue: (values: { list: string }) => string;
  pathValue: (values: { path: string }) => string;

  insightsHeading: string;
  timesNoticed: (values: Count) => string;
  welcomeBack: string;
  insightsEmpty: string;
  whenChartTitle: string;
  pathsChartTitle: string;
  showTable: string;
  periodColumn: string;
  totalColumn: string;
  notRecorded: string;
  week: (values: { date: string }) => string;
  whenSummary: (values: { share: string; period: string }) => string;
  whenSummaryNone: string;
  pathsSummary: (values: { path: string; count: number }) => string;
  pathsSummaryNone: string;
  topPatternsHeading: string;
  topBodyHeading: string;
  times: (values: Count) => string;

  dataHeading: string;
  privacy: string;
  exportJSON: string;
  exportCSV: (values: Count) => string;
  importLabel: string;
  imported: (values: Count) => string;
  importRefused: string;
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

export const patternLogMessages: PatternLogMessages = {
  title: 'Pattern log',
  status: {
    loading: 'Opening your log…',
    ready: 'Saved on this device.',
    saving: 'Saving…',
    unsaved: 'Some entries aren’t saved yet. They stay here, and saving will be tried again.',
    unavailable:
      'Your saved log can’t be reached right now. New entries stay here, and it will be tried again.',
    unreadable: 'Your saved log couldn’t be read. It hasn’t been changed.',
    locked: 'This log is locked.',
  },
  retry: 'Try again now',
  unsavedMark: 'Not saved yet',
  unreadableTitle: 'Your saved log couldn’t be read',
  unreadableBody:
    'Nothing in it has been changed or deleted. You can download it exactly as it is. New entries stay on this screen until you decide what to do.',
  downloadStored: 'Download the saved data',
  replaceStored: 'Start a new log in its place…',
  replaceStoredTitle: 'Replace the saved data?',
  replaceStoredBody:
    'The saved data will be replaced by the entries on this screen. Download it first if you might want it.',
  replaceStoredConfirm: 'Replace it',
  lockedTitle: 'This log is locked',
  lockedBody:
    'The passphrase doesn’t open it. Nothing stored has been changed. Anything you log now stays on this screen only.',

  addHeading: 'Log a moment',
  patternLabel: 'What did you notice?',
  otherPattern: 'Something else',
  customPatternLabel: 'In your own words',
  customPatternMissing: 'Add a few words about what you noticed.',
  whenLegend: 'When did you notice it?',
  whenSkip: 'Rather not say',
  intensityLabel: 'How strong was it?',
  intensityHint: '0 to 10, optional',
  bodyLegend: 'Where did you feel it? (optional)',
  pathLabel: 'Which way did you lean?',
  pathNone: 'Not noted',
  paths: { compassion: 'Toward compassion', shame: 'Toward shame' },
  noteLabel: 'Note (optional)',
  add: 'Log it',
  added: 'Logged. You noticed, and that counts.',

  listHeading: 'Your entries',
  empty: 'Nothing here yet. When you catch a pattern, you can note it above.',
  emptyFiltered: 'No entries match this filter.',
  filterLabel: 'Show',
  allPatterns: 'All patterns',
  showing: ({ shown, total }) => `Showing ${shown} of ${total}`,
  showMore: 'Show older entries',
  editLabel: ({ pattern, time }) => `Edit ${pattern}, ${time}`,
  deleteLabel: ({ pattern, time }) => `Delete ${pattern}, ${time}`,
  edit: 'Edit',
  delete: 'Delete',
  editHeading: 'Edit entry',
  save: 'Save changes',
  cancel: 'Cancel',
  updated: 'Entry updated.',
  deleted: 'Entry deleted. Undo is available.',
  undo: 'Undo',
  undone: 'Undone.',
  intensityValue: ({ value }) => `Strength ${value} of 10`,
  bodyValue: ({ list }) => `Felt in: ${list}`,
  pathValue: ({ path }) => path,

  insightsHeading: 'Looking back',
  timesNoticed: ({ count }) => (count === 1 ? 'You’ve noticed once.' : `You’ve noticed ${count} times.`),
  welcomeBack: 'Welcome back. Whatever the time in between held, noticing again is what matters.',
  insightsEmpty: 'Your first entry starts this picture.',
  whenChartTitle: 'When you noticed',
  pathsChartTitle: 'Which way you leaned',
  showTable: 'Show as a table',
  periodColumn: 'Period',
  totalColumn: 'Total',
  notRecorded: 'Not noted',
  week: ({ date }) => `Week of ${date}`,
  whenSummary: ({ share, period }) =>
    `In ${period}, ${share} of the times you noted came before or while it was happening.`,
  whenSummaryNone: 'Note when you noticed, and this will show how it shifts over time.',
  pathsSummary: ({ path, count }) => `The way you leaned most often: ${path} (${count}).`,
  pathsSummaryNone: 'Note which way you leaned, and this will show it over time.',
  topPatternsHeading: 'Noticed most',
  topBodyHeading: 'Felt most in',
  times: ({ count }) => (count === 1 ? 'once' : `${count} times`),

  dataHeading: 'Your data',
  privacy: 'attune-ui sends nothing anywhere. Downloads are files saved by your browser.',
  exportJSON: 'Download all as JSON',
  exportCSV: ({ count }) =>
    count === 1 ? 'Download 1 shown entry as CSV' : `Download ${count} shown entries as CSV`,
  importLabel: 'Import a JSON file',
  imported: ({ count }) => (count === 1 ? 'Imported 1 entry.' : `Imported ${count} entries.`),
  importRefused: 'This file wasn’t imported, and nothing changed. Here is what didn’t fit:',
  problems: {
    'not-json': 'this isn’t JSON',
    'not-a-log': 'this isn’t a pattern log',
    'newer-version': 'it was made by a newer version',
    'unknown-version': 'its version is unknown',
    missing: 'missing',
    'not-text': 'should be text',
    'not-a-date': 'should be a date',
    'not-when': 'should be before, during or after',
    'not-intensity': 'should be a whole number from 0 to 10',
    'not-a-list': 'should be a list',
    'duplicate-id': 'appears twice',
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
  status: {
    loading: 'Abriendo tu registro…',
    ready: 'Guardado en este dispositivo.',
    saving: 'Guardando…',
    unsaved: 'Algunas entradas aún no se han guardado. Siguen aquí y se volverá a intentar.',
    unavailable: 'Ahora no se puede acceder a tu registro. Lo nuevo se queda aquí y se volverá a intentar.',
    unreadable: 'No se pudo leer tu registro guardado. No se ha cambiado nada.',
    locked: 'Este registro está bloqueado.',
  },
  retry: 'Intentar ahora',
  unsavedMark: 'Sin guardar',
  unreadableTitle: 'No se pudo leer tu registro guardado',
  unreadableBody:
    'No se ha cambiado ni borrado nada. Puedes descargarlo tal como está. Lo que anotes ahora se queda en esta pantalla hasta que decidas.',
  downloadStored: 'Descargar los datos guardados',
  replaceStored: 'Empezar un registro nuevo en su lugar…',
  replaceStoredTitle: '¿Reemplazar los datos guardados?',
  replaceStoredBody:
    'Los datos guardados se reemplazarán por las entradas de esta pantalla. Descárgalos antes si quizá los quieres.',
  replaceStoredConfirm: 'Reemplazar',
  lockedTitle: 'Este registro está bloqueado',
  lockedBody:
    'La frase de acceso no lo abre. No se ha cambiado nada guardado. Lo que anotes ahora solo queda en esta pantalla.',

  addHeading: 'Anotar un momento',
  patternLabel: '¿Qué notaste?',
  otherPattern: 'Otra cosa',
  customPatternLabel: 'Con tus palabras',
  customPatternMissing: 'Escribe unas palabras sobre lo que notaste.',
  whenLegend: '¿Cuándo lo notaste?',
  whenSkip: 'Prefiero no decirlo',
  intensityLabel: '¿Con qué fuerza?',
  intensityHint: 'De 0 a 10, opcional',
  bodyLegend: '¿Dónde lo sentiste? (opcional)',
  pathLabel: '¿Hacia dónde te inclinaste?',
  pathNone: 'Sin anotar',
  paths: { compassion: 'Hacia la compasión', shame: 'Hacia la vergüenza' },
  noteLabel: 'Nota (opcional)',
  add: 'Anotar',
  added: 'Anotado. Lo notaste, y eso cuenta.',

  listHeading: 'Tus entradas',
  empty: 'Aún no hay nada. Cuando notes un patrón, puedes anotarlo arriba.',
  emptyFiltered: 'Ninguna entrada coincide con este filtro.',
  filterLabel: 'Mostrar',
  allPatterns: 'Todos los patrones',
  showing: ({ shown, total }) => `Se muestran ${shown} de ${total}`,
  showMore: 'Mostrar entradas anteriores',
  editLabel: ({ pattern, time }) => `Editar ${pattern}, ${time}`,
  deleteLabel: ({ pattern, time }) => `Borrar ${pattern}, ${time}`,
  edit: 'Editar',
  delete: 'Borrar',
  editHeading: 'Editar entrada',
  save: 'Guardar cambios',
  cancel: 'Cancelar',
  updated: 'Entrada actualizada.',
  deleted: 'Entrada borrada. Puedes deshacerlo.',
  undo: 'Deshacer',
  undone: 'Deshecho.',
  intensityValue: ({ value }) => `Fuerza ${value} de 10`,
  bodyValue: ({ list }) => `Sentido en: ${list}`,
  pathValue: ({ path }) => path,

  insightsHeading: 'Mirando atrás',
  timesNoticed: ({ count }) => (count === 1 ? 'Lo has notado una vez.' : `Lo has notado ${count} veces.`),
  welcomeBack: 'Qué bueno verte. Sea lo que sea que trajo este tiempo, volver a notar es lo que importa.',
  insightsEmpty: 'Tu primera entrada empieza este panorama.',
  whenChartTitle: 'Cuándo lo notaste',
  pathsChartTitle: 'Hacia dónde te inclinaste',
  showTable: 'Ver como tabla',
  periodColumn: 'Periodo',
  totalColumn: 'Total',
  notRecorded: 'Sin anotar',
  week: ({ date }) => `Semana del ${date}`,
  whenSummary: ({ share, period }) =>
    `En ${period}, el ${share} de las veces anotadas lo notaste antes o mientras pasaba.`,
  whenSummaryNone: 'Anota cuándo lo notaste y aquí verás cómo cambia con el tiempo.',
  pathsSummary: ({ path, count }) => `Hacia donde más te inclinaste: ${path} (${count}).`,
  pathsSummaryNone: 'Anota hacia dónde te inclinaste y aquí lo verás con el tiempo.',
  topPatternsHeading: 'Lo que más notaste',
  topBodyHeading: 'Dónde más lo sentiste',
  times: ({ count }) => (count === 1 ? 'una vez' : `${count} veces`),

  dataHeading: 'Tus datos',
  privacy: 'attune-ui no envía nada a ningún sitio. Las descargas son archivos que guarda tu navegador.',
  exportJSON: 'Descargar todo en JSON',
  exportCSV: ({ count }) =>
    count === 1 ? 'Descargar 1 entrada mostrada en CSV' : `Descargar ${count} entradas mostradas en CSV`,
  importLabel: 'Importar un archivo JSON',
  imported: ({ count }) => (count === 1 ? 'Se importó 1 entrada.' : `Se importaron ${count} entradas.`),
  importRefused: 'Este archivo no se importó y no cambió nada. Esto es lo que no encaja:',
  problems: {
    'not-json': 'no es JSON',
    'not-a-log': 'no es un registro de patrones',
    'newer-version': 'lo hizo una versión más nueva',
    'unknown-version': 'su versión es desconocida',
    missing: 'falta',
    'not-text': 'debería ser texto',
    'not-a-date': 'debería ser una fecha',
    'not-when': 'debería ser before, during o after',
    'not-intensity': 'debería ser un número entero de 0 a 10',
    'not-a-list': 'debería ser una lista',
    'duplicate-id': 'aparece dos veces',
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
