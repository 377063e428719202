import {describeUpstream} from './run-upstream';

describeUpstream('pymdownx.tilde');
