/**
 * Text signs of bounces, gathered from the reports of qmail, Exim, Postfix, sendmail, Courier,
 * Exchange, Domino, Gmail, Yahoo, Outlook.com, mail.ru, Amazon SES and others (after the Sisimai
 * project's per-MTA modules). Each list is tried as a whole, so a new MTA usually needs one line.
 */

/** Senders of delivery reports. */
export const daemonSender =
  /mailer-daemon|post_?master|mail ?delivery ?(?:system|subsystem|service)|^<>$|mail ?administrator|mailerdaemon|bounce|double-bounce|noreply-dmarc|delivery-status|mdaemon|postoffice|mail-?system|mailer@|microsoftexchange/i;

/** Subjects of delivery reports (English and a few others seen in the wild). */
export const bounceSubject =
  /undeliver|undelivered|delivery (?:status|failure|failed|notification|report|problem|has failed)|failure notice|returned mail|mail delivery|could not (?:be )?deliver|not delivered|non[- ]?delivery|delivery (?:error|incomplete)|returned to sender|message (?:delivery )?(?:failure|failed|not delivered|status)|warning: (?:could not send|message|delay)|delayed mail|permanent error|unzustellbar|nicht zustellbar|non remis|no se pudo entregar|unable to deliver|rejected|bounce|error sending|mail system error|failed delivery|delivery to the following|nondeliverable|nicht zugestellt|配信|エラー|送信失敗|uzenet|no entregado|devolvido|undelivered mail/i;

/** Sentences that open the error part of a plain-text report. */
export const bounceSentence =
  /could not be delivered|couldn't be delivered|wasn't delivered|was not delivered|delivery (?:to the following|has failed|failed|to these recipients)|permanent (?:fatal )?error|unable to deliver|wasn't able to deliver|undeliverable|following address(?:es)?(?: had| failed|:)|did not reach the following|delivery failure|failed to deliver|mail delivery failed|returned mail|message you sent|not be delivered|couldn't deliver|could not deliver|failed permanently|temporary failure|has been delayed|delivery is delayed|still trying|unable to be delivered|was undeliverable|rejected your message|message (?:was )?rejected|fatal errors|recipient(?:s)? failed|error (?:occurred|happened)|transcript of session|smtp error|remote host said|said: \d{3}|delivery of your message|no longer available|blocked|giving up|your message to|your email to|the following recipients|the email account/i;

/**
 * Lines where the returned original starts; the error report is what comes before. Lines that start
 * an MTA's own error list (sendmail's "Transcript of session follows") are deliberately not here.
 */
export const originalMessageMarkers: readonly RegExp[] = [
  /^[ \t]*[-=_*]{2,}.*(?:original message|original mail|copy of (?:the|your) message|unsent message|returned message|(?:message|original) (?:header|text|body)s? (?:follows?|of)|rfc ?822|header of the original|below this line|message headers follow|undelivered message|headers? of (?:the|your) (?:original|returned) message)/im,
  /^[ \t]*(?:original mail as follows:|original message headers?|content of the original message|original message follows|the original message (?:was|headers|is included)|included is a copy|a copy of the original message|below this line is a copy|this is a copy of the message|the header of the original message|your message reads|message headers:|original message:|headers of the message follow|-+ ?original message ?-+)/im,
  /^[ \t]*(?:return-path|received|dkim-signature|x-original-to|delivered-to|authentication-results):[^\n]*\n(?:[ \t][^\n]*\n)*[\w-]+:/im,
];

/** Auto-replies: vacation notices, out-of-office, autoresponders (RFC 3834 and common headers). */
export const autoReplySubject =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort|answer)|autoreply|out of (?:the )?office|abwesen(?:heit|d)|vacation|on vacation|away from|réponse automatique|respuesta automática|risposta automatica|自動応答|自動返信|\[auto)/i;
