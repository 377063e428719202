import {describe, expect, it} from 'vitest';
import {stripCommentMarkers, stripLineMarkers} from '../../../lib/shell/copy-text';
import {readIntro} from '../../../lib/shell/intro';
import {matchPrompt} from '../../../lib/shell/prompts';
import {commandShape} from '../../../lib/shell/words';

describe('matchPrompt', () => {
  const cases: Array<[string, 'session' | 'script', string | undefined]> = [
    ['$ kubectl get pods', 'script', '$ '],
    ['$', 'script', undefined],
    ['$', 'session', '$'],
    ['% ls', 'session', '% '],
    ['% Total    % Received', 'script', undefined],
    ['# kubectl get pods', 'session', '# '],
    ['# kubectl get pods', 'script', undefined],
    ['# This is a comment', 'session', undefined],
    ['root@33bd068de5e2:/# cat /etc/os-release', 'script', 'root@33bd068de5e2:/# '],
    ['ubuntu@ip-172-31-33-21:~$ ls -lh', 'script', 'ubuntu@ip-172-31-33-21:~$ '],
    ['I have no name!@e808d7c36e7c:/data$ ls -lh', 'script', 'I have no name!@e808d7c36e7c:/data$ '],
    ['mac-34392:~ geertvangeest$ ls -lh', 'script', 'mac-34392:~ geertvangeest$ '],
    ['/home/mobaxterm/data$ ls -lh', 'script', '/home/mobaxterm/data$ '],
    ['~@<pod>:/# ls -la', 'script', '~@<pod>:/# '],
    ['/ # exit', 'session', '/ # '],
    ['[root@node1 ~]# systemctl status kubelet', 'script', '[root@node1 ~]# '],
    ['(venv) $ pip install x', 'script', '(venv) $ '],
    ['PS C:\\> kubectl get pods', 'script', 'PS C:\\> '],
    ['PS /home/me> Get-Date', 'script', 'PS /home/me> '],
    ['C:\\Users\\me> dir', 'script', 'C:\\Users\\me> '],
    ['Apptainer> whoami', 'script', 'Apptainer> '],
    ['user@example.com is the maintainer', 'script', undefined],
    ['/usr/bin/env python3', 'script', undefined],
    ['> continued', 'session', undefined],
    ['➜  repo git:(main) ✗ pre-commit run -a', 'script', '➜  repo git:(main) ✗ '],
    ['➜  repo git:(feature/x) make', 'script', '➜  repo git:(feature/x) '],
    ['➜  ~ ls -la', 'script', '➜  ~ '],
    ['➜  workshop kubectl get pods', 'script', '➜  workshop '],
    ['➜ kubectl get pods', 'script', '➜ '],
  ];
  for (const [line, mode, prompt] of cases) {
    it(`${mode}: ${line}`, () => expect(matchPrompt(line, mode)?.prompt).toBe(prompt));
  }
});

describe('annotation markers', () => {
  const cases: Array<[string, string]> = [
    ['# (1)', ''],
    ['# (1)!', ''],
    ['# create it (1)!', ''],
    ['# create it (1)', '# create it'],
    ['# create it (1) (2)', '# create it'],
    ['# wait (30) seconds', '# wait (30) seconds'],
    ['# plain comment', '# plain comment'],
  ];
  for (const [comment, kept] of cases) it(comment, () => expect(stripCommentMarkers(comment)).toBe(kept));

  it('strips a trailing comment of a command line', () => {
    expect(stripLineMarkers('kubectl apply -f x.yaml # (1)!', 24)).toBe('kubectl apply -f x.yaml');
    expect(stripLineMarkers('kubectl apply -f x.yaml # apply it (1)', 24)).toBe('kubectl apply -f x.yaml # apply it');
  });
});

describe('commandShape', () => {
  const cases: Array<[string, 'known' | 'assignment' | undefined]> = [
    ['kubectl get pods', 'known'],
    ['sudo -E apt-get update', 'known'],
    ['NAME=value', 'assignment'],
    ['ENV=prod ./deploy.sh', 'known'],
    ['FOO="a b" make test', 'known'],
    ['echo HELLO', 'known'],
    ['NAME   READY   STATUS', undefined],
    ['TYPE  REASON', undefined],
    ['(cd app && make)', 'known'],
    ['  (use "git add <file>..." to update what will be committed)', undefined],
    ['{', undefined],
    ['./ubuntu-figlet_v3.sif pwd', 'known'],
    ['/usr/bin/env python3 x.py', 'known'],
    ['/home/user', undefined],
    ['/docker-entrypoint.sh: Configuration complete', undefined],
  ];
  for (const [line, shape] of cases) it(line, () => expect(commandShape(line, 'posix')).toBe(shape));

  it('reads PowerShell case-insensitively, with cmdlets and variables', () => {
    expect(commandShape('SET KUBE_CONTEXT=x', 'powershell')).toBe('known');
    expect(commandShape('Get-Date -Uformat x', 'powershell')).toBe('known');
    expect(commandShape('$env:KUBECONFIG = "x"', 'powershell')).toBe('known');
    expect(commandShape('while(1) {', 'powershell')).toBe('known');
  });
});

describe('readIntro', () => {
  const cases: Array<[string, 'output' | 'command' | undefined]> = [
    ['For example, your output will look something like:', 'output'],
    ['You should see:', 'output'],
    ['You should see something like', 'output'],
    ['The result should match:', 'output'],
    ['The output should be:', 'output'],
    ['It returns the namespace. The command returns:', 'output'],
    ['The command `docker inspect ubuntu-figlet:v3` will give:', 'output'],
    ['Look at the output:', 'output'],
    ['This makes two PNG files. Look at them:', 'command'],
    ['Run:', 'command'],
    ['Now type:', 'command'],
    ['To save the output to a file, run:', 'command'],
    ['You can check the name of the Storage Class with the following command:', 'command'],
    ['You can also verify that the daemon is reachable by running:', 'command'],
    ['Otherwise you will get an error message.', undefined],
    ['Tekton CLI: Used to help control Tekton pipelines from the command line.', undefined],
    ['Open the command prompt and type the following command:', 'command'],
    ['It should look like this:', undefined],
    ['Create the deployment.', undefined],
    ['', undefined],
  ];
  for (const [text, said] of cases) it(text || '(empty)', () => expect(readIntro(text)).toBe(said));
});
