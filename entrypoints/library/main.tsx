import { render } from 'preact';
import '../../components/theme.css';
import { localiseDocument } from '../../components/localise-document';
import '../../components/library/library.css';
import { LibraryApp } from '../../components/library/LibraryApp';

localiseDocument('libHeading');
render(<LibraryApp />, document.getElementById('app')!);
