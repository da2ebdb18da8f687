/* stub: replaced by the real applet */
int main(void) { return 0; }
