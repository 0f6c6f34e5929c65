/**
 * The icon set: lucide-static SVGs bundled as assets (nothing fetched from the network). In the
 * DOM an icon is a span masked by the SVG, so it takes the text colour.
 */

import bell from 'lucide-static/icons/bell.svg';
import help from 'lucide-static/icons/circle-help.svg';
import clock from 'lucide-static/icons/clock.svg';
import portal from 'lucide-static/icons/globe.svg';
import mail from 'lucide-static/icons/mail.svg';
import chat from 'lucide-static/icons/message-circle.svg';
import pause from 'lucide-static/icons/pause.svg';
import phone from 'lucide-static/icons/phone-incoming.svg';
import play from 'lucide-static/icons/play.svg';
import reopen from 'lucide-static/icons/rotate-ccw.svg';
import alert from 'lucide-static/icons/siren.svg';
import warn from 'lucide-static/icons/triangle-alert.svg';
import upload from 'lucide-static/icons/upload.svg';
import user from 'lucide-static/icons/user.svg';
import volume from 'lucide-static/icons/volume-2.svg';
import muted from 'lucide-static/icons/volume-x.svg';

export const ICONS = {
  alert,
  bell,
  chat,
  clock,
  help,
  mail,
  pause,
  phone,
  play,
  portal,
  reopen,
  warn,
  upload,
  user,
  muted,
  volume,
} as const;
type IconName = keyof typeof ICONS;

/** The icon for a contact channel. */
export function channelIcon(channel: string): IconName {
  switch (channel) {
    case 'phone':
      return 'phone';
    case 'chat':
      return 'chat';
    case 'monitoring':
      return 'alert';
    case 'email':
      return 'mail';
    default:
      return 'portal';
  }
}

/** A decorative icon element (the label next to it carries the meaning). */
export function icon(name: IconName, extraClass = ''): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = `icon ${extraClass}`.trim();
  span.setAttribute('aria-hidden', 'true');
  span.style.setProperty('--icon', `url("${ICONS[name]}")`);
  return span;
}
