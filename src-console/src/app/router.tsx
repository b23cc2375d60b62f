/** The console's pages under /console; the shell holds the navigation. */
import { createBrowserRouter, Navigate } from 'react-router';
import { AccountsPage } from '../pages/AccountsPage';
import { LeadsPage } from '../pages/LeadsPage';
import { StatisticsPage } from '../pages/StatisticsPage';
import { UnitsDevicesPage } from '../pages/UnitsDevicesPage';
import { Shell } from './Shell';

export const CONSOLE_BASENAME = '/console';

export const consoleRouter = createBrowserRouter(
  [
    {
      path: '/',
      element: <Shell />,
      children: [
        { index: true, element: <Navigate to="/units" replace /> },
        { path: 'units', element: <UnitsDevicesPage /> },
        { path: 'leads', element: <LeadsPage /> },
        { path: 'statistics', element: <StatisticsPage /> },
        { path: 'accounts', element: <AccountsPage /> },
        { path: '*', element: <Navigate to="/units" replace /> },
      ],
    },
  ],
  { basename: CONSOLE_BASENAME },
);
