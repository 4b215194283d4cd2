"""The floor for the load benchmarks: Streamlit's own chat tutorial (st.chat_input and
st.write_stream over the bare openai client), nothing else. Run by bench.load with
`streamlit run bench/bare_chat_app.py` against the same fake model as GPT Lab."""

import os

import streamlit as st
from openai import OpenAI

client = OpenAI(base_url=os.environ["OPENAI_BASE_URL"], api_key="sk-bench-bare")
if "messages" not in st.session_state:
    st.session_state.messages = []
for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])
if prompt := st.chat_input("Message"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        stream = client.chat.completions.create(
            model="gpt-4o-mini", messages=st.session_state.messages, stream=True
        )
        reply = st.write_stream(stream)
    st.session_state.messages.append({"role": "assistant", "content": reply})
