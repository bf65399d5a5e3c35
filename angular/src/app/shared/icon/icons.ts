/**
 * Line icons on a 24×24 grid (drawn after the ISC-licensed Lucide set), kept as data so they
 * render through the template without innerHTML.
 */
export type IconShape =
  | { kind: 'path'; d: string }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; rx: number }
  | { kind: 'circle'; cx: number; cy: number; r: number };

const rect = (x: number, y: number, width: number, height: number, rx = 1): IconShape => ({
  kind: 'rect',
  x,
  y,
  width,
  height,
  rx,
});
const path = (d: string): IconShape => ({ kind: 'path', d });
const circle = (cx: number, cy: number, r: number): IconShape => ({ kind: 'circle', cx, cy, r });

export const ICONS = {
  dashboard: [rect(3, 3, 7, 9), rect(14, 3, 7, 5), rect(14, 12, 7, 9), rect(3, 16, 7, 5)],
  projects: [path('M16 20V4a2 2 0 0 0-2-2h-4a2 2 0 0 0-2 2v16'), rect(2, 6, 20, 14, 2)],
  tasks: [rect(3, 3, 18, 18, 2), path('m8 12 3 3 5-6')],
  procedures: [rect(3, 3, 8, 8, 2), path('M7 11v4a2 2 0 0 0 2 2h4'), rect(13, 13, 8, 8, 2)],
  reports: [path('M3 3v18h18'), path('M18 17V9'), path('M13 17V5'), path('M8 17v-3')],
  admin: [
    path(
      'M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z',
    ),
    path('m9 12 2 2 4-4'),
  ],
  landmark: [
    path('M3 22h18'),
    path('M6 18v-7'),
    path('M10 18v-7'),
    path('M14 18v-7'),
    path('M18 18v-7'),
    path('M12 2 20 7H4z'),
  ],
  globe: [
    circle(12, 12, 10),
    path('M2 12h20'),
    path(
      'M12 2a15.3 15.3 0 0 1 4 10 15.3 15.3 0 0 1-4 10 15.3 15.3 0 0 1-4-10 15.3 15.3 0 0 1 4-10z',
    ),
  ],
  logout: [
    path('M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4'),
    path('m16 17 5-5-5-5'),
    path('M21 12H9'),
  ],
  chevronDown: [path('m6 9 6 6 6-6')],
  menu: [path('M4 6h16'), path('M4 12h16'), path('M4 18h16')],
  close: [path('M18 6 6 18'), path('m6 6 12 12')],
  alert: [circle(12, 12, 10), path('M12 8v4'), path('M12 16h.01')],
  eye: [path('M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7-10-7-10-7z'), circle(12, 12, 3)],
  eyeOff: [
    path('M9.88 9.88a3 3 0 1 0 4.24 4.24'),
    path('M10.73 5.08A10.4 10.4 0 0 1 12 5c6.5 0 10 7 10 7a13.2 13.2 0 0 1-1.67 2.68'),
    path('M6.61 6.61A13.5 13.5 0 0 0 2 12s3.5 7 10 7a9.7 9.7 0 0 0 5.39-1.61'),
    path('m2 2 20 20'),
  ],
  plus: [path('M12 5v14'), path('M5 12h14')],
  search: [circle(11, 11, 8), path('m21 21-4.3-4.3')],
  download: [path('M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4'), path('m7 10 5 5 5-5'), path('M12 15V3')],
  upload: [path('M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4'), path('m17 8-5-5-5 5'), path('M12 3v12')],
  edit: [path('M12 20h9'), path('M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4Z')],
  chevronLeft: [path('m15 18-6-6 6-6')],
  chevronRight: [path('m9 18 6-6-6-6')],
  arrowLeft: [path('m12 19-7-7 7-7'), path('M19 12H5')],
  refresh: [path('M21 12a9 9 0 1 1-9-9c2.52 0 4.93 1 6.74 2.74L21 8'), path('M21 3v5h-5')],
  activity: [path('M22 12h-4l-3 9L9 3l-3 9H2')],
  file: [path('M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z'), path('M14 2v6h6')],
  database: [path('M3 5v14c0 1.7 4 3 9 3s9-1.3 9-3V5'), path('M3 12c0 1.7 4 3 9 3s9-1.3 9-3'), path('M3 5c0-1.7 4-3 9-3s9 1.3 9 3-4 3-9 3-9-1.3-9-3')],
  history: [path('M3 12a9 9 0 1 0 9-9 9.75 9.75 0 0 0-6.74 2.74L3 8'), path('M3 3v5h5'), path('M12 7v5l4 2')],
  trash: [path('M3 6h18'), path('M19 6v14a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V6'), path('M8 6V4a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2')],
  calendar: [rect(3, 4, 18, 18, 2), path('M16 2v4'), path('M8 2v4'), path('M3 10h18')],
  users: [path('M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2'), { kind: 'circle', cx: 9, cy: 7, r: 4 }, path('M22 21v-2a4 4 0 0 0-3-3.87'), path('M16 3.13a4 4 0 0 1 0 7.75')],
  play: [path('M6 3l14 9-14 9V3z')],
  check: [path('M20 6 9 17l-5-5')],
  mail: [rect(2, 4, 20, 16, 2), path('m22 7-10 5L2 7')],
} satisfies Record<string, IconShape[]>;

export type IconName = keyof typeof ICONS;
