/** Shown in the form and checked on the server (zod-free: the form's first load stays small). */
export const UPDATE_MAX = 1000;
export const UPDATE_PHOTOS_MAX = 4;
export const HIDE_REASON_MAX = 1000;
