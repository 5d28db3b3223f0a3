export const load = () => ({ skipLabel: 'Skip to settings' });
