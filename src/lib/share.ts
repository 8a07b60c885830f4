/** Share links built at build time: they work without JavaScript. */

/** WhatsApp's share link with a pre-filled message: the title, a line break, the page address. */
export function whatsappShareUrl(title: string, url: string, lead?: string): string {
  const text = [lead ? `${lead} ${title}` : title, url].join('\n');
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}

/** WhatsApp click-to-chat, with a message pre-filled when given. `number` is 62… without "+". */
export function whatsappChatUrl(number: string, message?: string): string {
  const base = `https://wa.me/${number}`;
  return message ? `${base}?text=${encodeURIComponent(message)}` : base;
}
