import { render } from 'preact';
import '../../components/theme.css';
import { localiseDocument } from '../../components/localise-document';
import { Popup } from './Popup';

localiseDocument('extName');
render(<Popup />, document.getElementById('app')!);
