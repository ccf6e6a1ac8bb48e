import { render } from 'preact';
import '../../components/theme.css';
import '../../components/library/library.css';
import { LibraryApp } from '../../components/library/LibraryApp';

render(<LibraryApp />, document.getElementById('app')!);
