export const load = () => ({ skipLabel: 'Skip to adding an article' });
