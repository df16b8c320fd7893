import { customPhraseRule } from './custom-phrases';

export const customReciprocity = customPhraseRule('reciprocity');
