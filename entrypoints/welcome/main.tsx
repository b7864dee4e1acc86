import { mountPage } from '@/components/mount';
import { App } from './App';

mountPage(App);
