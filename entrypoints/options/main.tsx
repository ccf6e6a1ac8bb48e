import { render } from 'preact';
import '../../components/theme.css';
import { localiseDocument } from '../../components/localise-document';
import '../../components/library/library.css';
import { SettingsApp } from '../../components/settings/SettingsApp';

localiseDocument('settingsHeading');
render(<SettingsApp />, document.getElementById('app')!);
