import {describeUpstream} from './run-upstream';

describeUpstream('arithmatex');
