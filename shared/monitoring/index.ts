export * from './lights';
