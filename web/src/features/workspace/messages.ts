import { defineMessages, type MessageShape } from '../../i18n/featureMessages';

const de = {
  newWorkspace: {
    openLabel: 'Neuer Workspace',
    title: 'Neuen Workspace anlegen',
    name: 'Name',
    namePlaceholder: 'z. B. Müller Maschinenbau GmbH',
    start: 'Womit beginnen?',
    starts: {
      empty: 'Leer',
      template: 'Methodenvorlage',
      demo: 'Kopie der Demo',
      import: 'Workspace-Dokument importieren',
    },
    startHints: {
      empty: 'Nur das Journey-Modell mit seinen Phasen. Personas und Touchpoints legen Sie selbst an.',
      template:
        'Das Journey-Modell und drei Persona-Skelette zum Ausfüllen (Entscheider:in, Anwender:in, Beeinflusser:in). Keine Touchpoints, keine Demodaten.',
      demo: 'Alles aus der Demo „Schmidt Dreh- und Frästechnik“: Personas, Touchpoints, Bewertungen, Maßnahmen und KPIs – ohne die Live-Daten (Besuche, Kontakte, E-Mails). Zum Ausprobieren.',
      import:
        'Eine JSON-Datei aus einem Workspace-Export (`touchpoint export` oder die API unter /export), z. B. aus einer anderen Installation.',
    },
    journeyModel: 'Journey-Modell',
    models: {
      aidala: 'AIDA(LA) – sechs Phasen von Attention bis Advocacy',
      need_buy_use: 'NEED / BUY / USE – drei Phasen',
      seven_stage: 'Siebenstufige Customer Journey',
    },
    file: 'Workspace-Dokument (JSON)',
    chooseFile: 'Bitte wählen Sie eine Datei.',
    readFailed: 'Die Datei lässt sich nicht lesen.',
    notText:
      'Die Datei ist kein lesbarer Text ({{encoding}}, Zeile {{line}}); ein Workspace-Dokument ist UTF-8-JSON.',
    notJson: 'Die Datei ist kein JSON.',
    nameHintImport: 'Leer lassen, um den Namen aus dem Dokument zu übernehmen.',
    submit: 'Anlegen',
    creating: 'Wird angelegt …',
    created: 'Workspace „{{name}}“ angelegt. Sie arbeiten jetzt darin.',
  },
  noWorkspace: {
    title: 'Willkommen bei Touchpoint',
    intro:
      'Sie gehören noch zu keinem Workspace. Legen Sie einen für Ihr Unternehmen an, oder lassen Sie sich von einer Inhaberin oder einem Inhaber einladen.',
  },
};

const en: MessageShape<typeof de> = {
  newWorkspace: {
    openLabel: 'New workspace',
    title: 'Create a new workspace',
    name: 'Name',
    namePlaceholder: 'e.g. Miller Engineering Ltd',
    start: 'Start with',
    starts: {
      empty: 'Empty',
      template: 'Method template',
      demo: 'Copy of the demo',
      import: 'Import a workspace document',
    },
    startHints: {
      empty: 'Only the journey model with its phases. You add personas and touchpoints yourself.',
      template:
        'The journey model and three persona skeletons to fill in (decision maker, user, influencer). No touchpoints, no demo data.',
      demo: 'Everything of the demo "Schmidt Dreh- und Frästechnik": personas, touchpoints, ratings, measures and KPIs – without the live data (visits, contacts, e-mails). For trying things out.',
      import:
        'A JSON file from a workspace export (`touchpoint export` or the API at /export), e.g. from another installation.',
    },
    journeyModel: 'Journey model',
    models: {
      aidala: 'AIDA(LA) – six phases from Attention to Advocacy',
      need_buy_use: 'NEED / BUY / USE – three phases',
      seven_stage: 'Seven-stage customer journey',
    },
    file: 'Workspace document (JSON)',
    chooseFile: 'Please choose a file.',
    readFailed: 'The file cannot be read.',
    notText:
      'The file is not readable text ({{encoding}}, line {{line}}); a workspace document is UTF-8 JSON.',
    notJson: 'The file is not JSON.',
    nameHintImport: 'Leave empty to keep the name in the document.',
    submit: 'Create',
    creating: 'Creating …',
    created: 'Workspace "{{name}}" created. You are working in it now.',
  },
  noWorkspace: {
    title: 'Welcome to Touchpoint',
    intro:
      'You do not belong to a workspace yet. Create one for your company, or ask an owner to invite you.',
  },
};

export const useWorkspaceT = defineMessages('workspace', de, en);
