// Browser entry point; the UI issue replaces this with the scenario library.
const app = document.getElementById('app');
if (app) app.textContent = 'deskshift';
