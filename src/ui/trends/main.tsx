import { render } from 'preact';
import '../components/theme.css';
import '../options/options.css';
import './trends.css';
import { browserStorage } from '../components/storage-areas';
import { TrendsApp } from './TrendsApp';

const root = document.getElementById('app');
if (root) render(<TrendsApp storage={browserStorage()} />, root);
