import { defineMessages, type MessageShape } from '../../i18n/featureMessages';

const de = {
  open: 'Passwort ändern',
  title: 'Passwort ändern',
  current: 'Aktuelles Passwort',
  next: 'Neues Passwort',
  nextHint: 'Mindestens 10 Zeichen.',
  repeat: 'Neues Passwort wiederholen',
  mismatch: 'Die beiden neuen Passwörter stimmen nicht überein.',
  wrongCurrent: 'Das aktuelle Passwort stimmt nicht.',
  sameAsCurrent: 'Das neue Passwort muss sich vom aktuellen unterscheiden.',
  submit: 'Passwort ändern',
  changed: 'Passwort geändert. Ihre anderen Sitzungen wurden beendet.',
};

const en: MessageShape<typeof de> = {
  open: 'Change password',
  title: 'Change password',
  current: 'Current password',
  next: 'New password',
  nextHint: 'At least 10 characters.',
  repeat: 'Repeat the new password',
  mismatch: 'The two new passwords differ.',
  wrongCurrent: 'The current password is wrong.',
  sameAsCurrent: 'The new password must differ from the current one.',
  submit: 'Change password',
  changed: 'Password changed. Your other sessions have been ended.',
};

export const usePasswordT = defineMessages('password', de, en);
