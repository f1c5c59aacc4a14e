export * from './changes.ts';
export * from './commands.ts';
