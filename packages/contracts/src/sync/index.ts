export * from './changes.ts';
export * from './commands.ts';
export * from './confirmation.ts';
