/** The holiday tables shipped with the app; later years come from server reference data. */
import type { HolidayTable } from '../holidayTable';
import { CN_2024 } from './cn-2024';
import { CN_2025 } from './cn-2025';
import { CN_2026 } from './cn-2026';

export { CN_2024, CN_2025, CN_2026 };

export const CN_HOLIDAY_TABLES: readonly HolidayTable[] = [CN_2024, CN_2025, CN_2026];
