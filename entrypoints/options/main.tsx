import { render } from 'preact';
import '../../components/theme.css';
import '../../components/library/library.css';
import { SettingsApp } from '../../components/settings/SettingsApp';

render(<SettingsApp />, document.getElementById('app')!);
