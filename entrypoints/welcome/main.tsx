import { render } from 'preact';
import '../../components/theme.css';
import '../../components/library/library.css';
import '../../components/welcome/welcome.css';
import { localiseDocument } from '../../components/localise-document';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';

localiseDocument('welcomeTitle');
render(<WelcomeApp />, document.getElementById('app')!);
