import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './ui/styles.css';
import { registerServiceWorker } from './registerServiceWorker';

const container = document.getElementById('root');
if (!container) throw new Error('Lumbar Lab: the page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
