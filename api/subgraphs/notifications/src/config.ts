/**
 * The subgraphs whose outboxes the fan-out reads for `notify` events. The registry raises none; a schema that
 * does not exist yet (a split deployment still starting) is read once it does.
 */
export const NOTIFY_SOURCES: readonly string[] = [
  'reporting',
  'oversight',
  'complaints',
  'accountability',
  'bulletins',
  'monitoring',
];

/** The outbox topic of the notifications subgraph itself: one event per notification, read by notificationAdded. */
export const NOTIFICATION_CREATED_TOPIC = 'notification.created';

/**
 * How often the fan-out looks at the sources without being woken: NOTIFY wakes it at once; this bounds the delay
 * after a lost LISTEN connection or a source that appeared later.
 */
export const FAN_OUT_POLL_MS = 5_000;
