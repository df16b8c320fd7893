import { customPhraseRule } from './custom-phrases';

export const customVoice = customPhraseRule('voice');
