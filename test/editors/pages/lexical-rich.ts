import { register } from '../harness';
import { mountLexical } from '../lexical-page';

/** Lexical with @lexical/rich-text. */
register((host) => mountLexical(host, 'rich'));
