import { useT } from '../../state/useT';
import { infoPaths, openInfoPage } from '../../routing/infoRoutes';
import './info.css';

type LinkName = 'privacy' | 'accessibility';

const links: { name: LinkName; label: 'info.footer.privacy' | 'info.footer.accessibility' }[] = [
  { name: 'privacy', label: 'info.footer.privacy' },
  { name: 'accessibility', label: 'info.footer.accessibility' },
];

/** The discreet footer of every page but the projector's: privacy notice and accessibility statement. */
export const InfoLinks = ({ current }: { current: string }) => {
  const t = useT();
  return (
    <footer className="app-footer">
      <nav aria-label={t('info.footer.label')}>
        <ul className="app-footer__links">
          {links.map(({ name, label }) => (
            <li key={name}>
              <a
                href={infoPaths[name]}
                aria-current={current === name ? 'page' : undefined}
                onClick={(e) => {
                  if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                  e.preventDefault();
                  if (current !== name) openInfoPage(infoPaths[name]);
                }}
              >
                {t(label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </footer>
  );
};
