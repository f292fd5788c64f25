/** Switching language: the browser's instance changes now, the cookie makes the server render it next time. */
import { useTranslation } from 'react-i18next';
import { Desk } from '../../../shared/Desk';

export default function DeskRoute() {
  const { i18n } = useTranslation();
  return (
    <Desk
      onSwitchLanguage={(lng) => {
        document.cookie = `lng=${lng}; path=/; SameSite=Lax`;
        void i18n.changeLanguage(lng);
      }}
    />
  );
}
