import {describeUpstream} from './run-upstream';

describeUpstream('md_in_html');
