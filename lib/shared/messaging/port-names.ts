/** Port names of a tab's connections (lib/messaging/ports.ts): a module of its own so the page script needs no Zod. */
export const PAGE_PORT = 'careside-page';
export const PANEL_PORT = 'careside-panel';
/** The options page's connection for streaming a backup out and a file in (lib/shared/messaging/backup-port.ts). */
export const BACKUP_PORT = 'careside-backup';
