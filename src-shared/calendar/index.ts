/** The deadline engine: dates, holiday calendars, period counting and the time-limit table. */
export * from './isoDate';
export * from './holidayTable';
export * from './holidayCalendar';
export { CN_2024, CN_2025, CN_2026, CN_HOLIDAY_TABLES } from './holidays';
export * from './period';
export * from './remaining';
export * from './hearingNotice';
export * from './timeLimits';
export * from './statutoryHolidays';
export * from './timeLimitOverrides';
export * from './extendedDeadline';
