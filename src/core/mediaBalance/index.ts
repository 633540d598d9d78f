export * from './mediaBalance';
