class TwoStackQueue {
    private final Deque<Integer> inbox = new ArrayDeque<>();
    private final Deque<Integer> outbox = new ArrayDeque<>();

    public TwoStackQueue() {}

    private void refill() {
        if (outbox.isEmpty()) {
            while (!inbox.isEmpty()) outbox.push(inbox.pop());
        }
    }

    public void push(int x) {
        inbox.push(x);
    }

    public int pop() {
        refill();
        return outbox.pop();
    }

    public int peek() {
        refill();
        return outbox.peek();
    }

    public boolean empty() {
        return inbox.isEmpty() && outbox.isEmpty();
    }
}
