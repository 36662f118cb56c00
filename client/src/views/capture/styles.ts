// The stylesheets of live capture, imported once by each view that shows it.
import './capture.css';
import './capture-themes.css';
import './capture-items.css';
import './capture-phone.css';
import './capture-screen.css';
