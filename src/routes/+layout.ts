// Every page Lectern knows at build time is prerendered; saved articles use the SPA shell (200.html).
export const prerender = true;
export const trailingSlash = 'never';
