// The posts issue 10 opened with, so `npm run eval` shows how the engine scores them now.
export const ISSUE_EXAMPLES: readonly string[] = [
  "@jules_p Yes, the voucher works in our shops too: show the code at the till and they'll take it off. ^Rosa",
  'If your coffee tastes bitter, try water just off the boil and a coarser grind. Small changes, big difference.',
  'Your order has been processed and will ship soon. Thank you for your patience.',
  'Did you know? Our stores now stock 40 new items. Find them here: https://example.com/new',
  'We love our community and we read every message you send us.',
  'Cant wait to see you all at the fair tmrw!! -KC',
  'Hemos abierto una nueva tienda en Madrid. ¡Compra ahora con un 20% de descuento!',
  '🎉🎉🎉',
  '',
  'https://example.com/a',
  '@jules_p',
];
