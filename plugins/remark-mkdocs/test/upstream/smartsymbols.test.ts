import {describeUpstream} from './run-upstream';

describeUpstream('smartsymbols');
