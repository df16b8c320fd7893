import { render } from 'preact';
import '../components/theme.css';
import './options.css';
import { browserStorage } from '../components/storage-areas';
import { browserHostAccess } from './host-access';
import { OptionsApp } from './OptionsApp';

const root = document.getElementById('app');
if (root) render(<OptionsApp storage={browserStorage()} hostAccess={browserHostAccess()} />, root);
