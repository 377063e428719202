import {describeUpstream} from './run-upstream';

describeUpstream('def_list');
