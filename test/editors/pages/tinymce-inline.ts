import { register } from '../harness';
import { mountTinyMce } from '../tinymce-page';

register((host) => mountTinyMce(host, 'inline'));
