/*
 * runstat.c: run a command with its standard input and output redirected,
 * and print its wall-clock seconds and peak resident set size.
 *
 *     runstat INPUT OUTPUT COMMAND [ARG...]
 *
 * Prints "SECONDS MAXRSS_KB EXIT" on one line.  INPUT or OUTPUT may be "-"
 * to leave that stream alone.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	pid_t pid;
	int status, fd;

	if (argc < 4) {
		fputs("usage: runstat INPUT OUTPUT COMMAND [ARG...]\n", stderr);
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) < 0) {
		perror("runstat: fork");
		return 2;
	}
	if (pid == 0) {
		if (strcmp(argv[1], "-") != 0) {
			if ((fd = open(argv[1], O_RDONLY)) < 0) {
				perror(argv[1]);
				_exit(127);
			}
			dup2(fd, 0);
			close(fd);
		}
		if (strcmp(argv[2], "-") != 0) {
			if ((fd = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC,
			    0644)) < 0) {
				perror(argv[2]);
				_exit(127);
			}
			dup2(fd, 1);
			close(fd);
		}
		execvp(argv[3], argv + 3);
		perror(argv[3]);
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) < 0) {
		perror("runstat: wait4");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%.4f %ld %d\n", (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, ru.ru_maxrss,
	    WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	return 0;
}
