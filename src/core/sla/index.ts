// The holiday data (germanPublicHolidays) is left out on purpose: it is slow to load, so callers
// import that module directly when they need it.
export * from './businessCalendar';
export * from './zonedTime';
export * from './addBusinessHours';
export * from './businessHoursBetween';
export * from './parseIsoInstant';
