import { defineMessages, type MessageShape } from '../../i18n/featureMessages';

const de = {
  nav: 'Alarme',
  navCount_one: '{{count}} offener Alarm',
  navCount_other: '{{count}} offene Alarme',
  title: 'KPI-Alarme',
  intro:
    'Ein Alarm entsteht, wenn ein KPI-Wert sein Zielband verlässt. Bestätigen Sie ihn, sobald Sie ihn gesehen haben.',
  open: 'Offen',
  acknowledgedList: 'Bestätigt',
  none: 'Keine offenen Alarme.',
  noneAcknowledged: 'Noch keine bestätigten Alarme.',
  kpi: 'KPI',
  value: 'Wert',
  measuredOn: 'Gemessen am',
  message: 'Meldung',
  acknowledgedAt: 'Bestätigt am',
  acknowledge: 'Bestätigen',
  acknowledgeNamed: 'Alarm zu „{{name}}“ bestätigen',
  acknowledged: 'Alarm zu „{{name}}“ bestätigt.',
  touchpoint: 'Zum Touchpoint',
  sentence: {
    belowBand: 'KPI „{{kpi}}“ ({{touchpoint}}) lag am {{day}} bei {{value}}, unter der Bandgrenze {{bound}}.',
    aboveBand: 'KPI „{{kpi}}“ ({{touchpoint}}) lag am {{day}} bei {{value}}, über der Bandgrenze {{bound}}.',
    belowTarget: 'KPI „{{kpi}}“ ({{touchpoint}}) lag am {{day}} bei {{value}}, unter dem Zielwert {{bound}}.',
    aboveTarget: 'KPI „{{kpi}}“ ({{touchpoint}}) lag am {{day}} bei {{value}}, über dem Zielwert {{bound}}.',
  },
};

const en: MessageShape<typeof de> = {
  nav: 'Alerts',
  navCount_one: '{{count}} open alert',
  navCount_other: '{{count}} open alerts',
  title: 'KPI alerts',
  intro: 'An alert is raised when a KPI value leaves its target band. Acknowledge it once you have seen it.',
  open: 'Open',
  acknowledgedList: 'Acknowledged',
  none: 'No open alerts.',
  noneAcknowledged: 'No acknowledged alerts yet.',
  kpi: 'KPI',
  value: 'Value',
  measuredOn: 'Measured on',
  message: 'Message',
  acknowledgedAt: 'Acknowledged on',
  acknowledge: 'Acknowledge',
  acknowledgeNamed: 'Acknowledge the alert on “{{name}}”',
  acknowledged: 'Alert on “{{name}}” acknowledged.',
  touchpoint: 'Open touchpoint',
  sentence: {
    belowBand: 'KPI “{{kpi}}” ({{touchpoint}}) was {{value}} on {{day}}, below the band limit {{bound}}.',
    aboveBand: 'KPI “{{kpi}}” ({{touchpoint}}) was {{value}} on {{day}}, above the band limit {{bound}}.',
    belowTarget: 'KPI “{{kpi}}” ({{touchpoint}}) was {{value}} on {{day}}, below the target {{bound}}.',
    aboveTarget: 'KPI “{{kpi}}” ({{touchpoint}}) was {{value}} on {{day}}, above the target {{bound}}.',
  },
};

export const useAlertsT = defineMessages('alerts', de, en);
